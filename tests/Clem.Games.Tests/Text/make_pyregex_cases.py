import re, json
P1='^instruction: [^\n]+$'; PT='^\\s*instruction\\s*:\\s*done\\s*$'
P2='^\n*([A-Z▢]\\s){4}[A-Z▢]\n([A-Z▢]\\s){4}[A-Z▢]\n([A-Z▢]\\s){4}[A-Z▢]\n([A-Z▢]\\s){4}[A-Z▢]\n([A-Z▢]\\s){4}[A-Z▢]\n*$'
E='^expression:\\s(?P<content>.+)\n*(?P<remainder>.*)'
A='^answer:\\s(?P<content>first|second|third|1|2|3|1st|2nd|3rd)\n*(?P<remainder>.*)'
g='▢ ▢ ▢ ▢ B\n▢ ▢ ▢ B ▢\n▢ ▢ B ▢ ▢\n▢ B ▢ ▢ ▢\nB B B B B'
cases=[
 (P1,1,'Instruction: Put a B in row 1',None),(P1,1,'instruction: x\n',None),(P1,1,'Instruction: x\n\n',None),(P1,1,'Instruction:  x',None),
 (P1,1,'Instruction:x',None),(P1,1,'INSTRUCTION: x\ny',None),(P1,1,' Instruction: x',None),(P1,1,'İnstruction: x',None),(P1,1,'ınstruction: x',None),(P1,0,'Instruction: x',None),
 (PT,1,'Instruction: DONE',None),(PT,1,'  instruction :\tdone \n',None),(PT,1,'DONE',None),(PT,1,'Instruction: DONE.',None),(PT,1,'Instruction:\x1cDONE',None),(PT,1,'Instruction: DONE\n\nThanks',None),
 (P2,0,g,None),(P2,0,'\n\n'+g+'\n',None),(P2,0,g+' ',None),(P2,0,g.lower(),None),(P2,0,g.replace(' ','\t',1),None),(P2,0,g.replace(' ','\n',1),None),(P2,0,g.replace(' ','\x1f',1),None),(P2,0,g+'\n\n\n',None),(P2,0,'Here:\n'+g,None),(P2,0,g.replace(' ','\u00a0',1),None),
 (E,1,'Expression: The top row.','content,remainder'),(E,1,'Expression: a\nb','content,remainder'),(E,1,'Expression: a\n\n','content,remainder'),(E,1,'EXPRESSION:\nfoo','content,remainder'),(E,1,'Expression:foo','content,remainder'),(E,1,'Expression: a\n\nb\nc','content,remainder'),
 (A,1,'Answer: First','content,remainder'),(A,1,'Answer: 1st','content,remainder'),(A,1,'answer: third.','content,remainder'),(A,1,'Answer: Second grid','content,remainder'),(A,1,'Answer: fırst','content,remainder'),(A,1,'Answer: SECOND\n','content,remainder'),(A,1,'Answer: ſecond','content,remainder'),(A,1,'Answer:  first','content,remainder'),
 ('(a)(?P<x>b)(c)',0,'abc','1,2,3,x'),('a{,2}b',0,'aab',None),('a{2',0,'a{2',None),('x\\Z',0,'x\n',None),('x$',0,'x\n',None),('\\bfoo\\b',0,'foo_bar',None),
 ('[^a-c]+',1,'XYZb',None),('[\\S\\s]+',0,'a\nb',None),('[a\\D]+',0,'ab1',None),('[^a\\D]+',0,'12a',None),('\\w+',0,'é_1²x-y',None),('(?i)ABC',0,'abc',None),('(?P<q>a)(?P=q)',0,'aa','q'),
 ('[K]',1,'\u212a',None),('\\x41\\u00e9',1,'aÉ',None),('(a)?b',0,'b','1'),('a.c',0,'a\nc',None),('(?s)a.c',0,'a\nc',None),
]
for pat,fl,s,groups in cases:
    m=re.match(pat,s,re.I if fl else 0)
    res=None
    if m:
        res={'value':m.group(0)}
        if groups:
            res['groups']={k:m.group(int(k) if k.isdigit() else k) for k in groups.split(',')}
    print(json.dumps([pat,fl,s,res],ensure_ascii=True))
